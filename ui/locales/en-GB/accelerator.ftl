## Keys of the quick-hide shortcut said in words ("Ctrl + Shift + H"). Keys named as printed on
## the keyboard (Ctrl, Alt, Shift, Command, Option, Page Up…) are not translated.

accelerator-windows-key = Windows key
accelerator-up-arrow = Up arrow
accelerator-down-arrow = Down arrow
accelerator-left-arrow = Left arrow
accelerator-right-arrow = Right arrow
# $digit: the digit on the key (0 to 9).
accelerator-number-pad = Number pad { $digit }
