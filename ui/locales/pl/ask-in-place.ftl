## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = Tak, usuń
ask-in-place-keep = Zostaw
