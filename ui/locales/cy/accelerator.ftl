## Bysellau'r llwybr byr cuddio cyflym mewn geiriau. Mae bysellau sydd wedi'u henwi fel y maen nhw
## wedi'u hargraffu ar y bysellfwrdd (Ctrl, Alt, Shift, Command, Option, Page Up…) yn aros fel y maen nhw.

accelerator-windows-key = Bysell Windows
accelerator-up-arrow = Saeth i fyny
accelerator-down-arrow = Saeth i lawr
accelerator-left-arrow = Saeth chwith
accelerator-right-arrow = Saeth dde
accelerator-number-pad = Pad rhifau { $digit }
