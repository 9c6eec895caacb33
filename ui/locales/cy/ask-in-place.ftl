## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = Ie, tynnu
ask-in-place-keep = Cadw
