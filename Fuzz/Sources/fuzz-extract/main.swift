import FuzzDriver

runFuzzer("extract")
