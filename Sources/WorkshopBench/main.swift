import Foundation
import WorkshopModel

// Release-build benchmarks: `swift run -c release WorkshopBench`. Each prints its figure and its target.
print("workshop benchmarks (release build expected)")
benchValidation()
benchFold()
benchTally()
benchStore()
benchMinutes()
