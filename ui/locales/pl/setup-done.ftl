# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = Wszystko gotowe. Aby wrócić: wpisz PIN na kalkulatorze, a potem naciśnij =. Aby szybko to ukryć: naciśnij trzy razy Shift lub użyj przycisku Szybkie wyjście.
setup-done-notes = Wszystko gotowe. Aby wrócić: wpisz PIN w osobnym wierszu i naciśnij Enter. Aby szybko to ukryć: naciśnij trzy razy Shift lub użyj przycisku Szybkie wyjście.
