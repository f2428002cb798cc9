import SamkalCommands

/// The `samkal` executable: parses the command line and runs the command.
@main
enum Samkal {
    static func main() async {
        await SamkalCommand.runAsRoot()
    }
}
