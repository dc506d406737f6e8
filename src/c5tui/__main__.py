from c5tui.entry import main

main()
