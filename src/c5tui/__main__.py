from c5tui.cli import main

main()
