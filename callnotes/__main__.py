from callnotes.cli import main

main()
