import ClimateBudgetCLI
import Foundation

exit(await CommandLineTool.runAsync(Array(CommandLine.arguments.dropFirst()), context: .standard))
