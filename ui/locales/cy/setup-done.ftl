# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = Mae popeth yn barod. I ddod yn ôl: teipiwch eich PIN ar y gyfrifiannell, yna pwyswch =. I guddio hwn yn gyflym: pwyswch Shift dair gwaith neu defnyddiwch y botwm Gadael yn gyflym.
setup-done-notes = Mae popeth yn barod. I ddod yn ôl: teipiwch eich PIN ar linell ar ei phen ei hun a phwyso Enter. I guddio hwn yn gyflym: pwyswch Shift dair gwaith neu defnyddiwch y botwm Gadael yn gyflym.
