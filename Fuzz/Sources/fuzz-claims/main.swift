import FuzzDriver

runFuzzer("claims")
