## Klawisze skrótu szybkiego ukrywania opisane słowami. Klawisze nazwane tak, jak są podpisane na
## klawiaturze (Ctrl, Alt, Shift, Command, Option, Page Up…), pozostają bez zmian.

accelerator-windows-key = Klawisz Windows
accelerator-up-arrow = Strzałka w górę
accelerator-down-arrow = Strzałka w dół
accelerator-left-arrow = Strzałka w lewo
accelerator-right-arrow = Strzałka w prawo
accelerator-number-pad = Klawiatura numeryczna { $digit }
