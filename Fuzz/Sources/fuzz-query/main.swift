import FuzzDriver

runFuzzer("query")
