# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = You're set up. To come back: type your PIN on the calculator, then press =. To hide this fast: press Shift three times or use the Quick exit button.
setup-done-notes = You're set up. To come back: type your PIN on a line of its own and press Enter. To hide this fast: press Shift three times or use the Quick exit button.
