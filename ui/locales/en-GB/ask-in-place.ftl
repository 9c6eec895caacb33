## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = Yes, remove
ask-in-place-keep = Keep
