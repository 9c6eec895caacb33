# A new PIN after opening with the recovery key.

recovery-title = Wybierz nowy PIN
recovery-intro = Klucz odzyskiwania otworzył Twoje informacje. Wybierz PIN, którego będziesz używać od teraz.
recovery-new-pin-label = Nowy PIN
recovery-new-pin-again-label = Wpisz ponownie nowy PIN
recovery-save = Zapisz nowy PIN
recovery-saving = Zapisywanie…
recovery-save-failed = Nie udało się zapisać nowego PIN-u. Spróbuj ponownie.

## Saved.
recovery-saved-title = Nowy PIN zapisany
recovery-saved = Nowy PIN został zapisany. Używaj go od teraz. Klucz odzyskiwania nadal działa; przechowuj go w bezpiecznym miejscu.
recovery-saved-second-pin-off = Nowy PIN został zapisany. Drugi PIN został wyłączony, ponieważ ten komputer utracił potrzebny do niego klucz. Jeśli używasz drugiego PIN-u, ustaw nowy w Ustawieniach.
recovery-continue = Dalej
