import WorkReportKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let status = CLI.run(arguments: Array(CommandLine.arguments.dropFirst()),
                     environment: ProcessEnvironment.current(),
                     output: StandardStream.output, errors: StandardStream.error)
exit(status)
