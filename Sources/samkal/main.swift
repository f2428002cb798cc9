import SamkalCommands
SamkalCommand.main()
