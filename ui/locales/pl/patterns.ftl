## Wykresy z dziennika zdarzeń w obrazie ryzyka: zdarzenia w tygodniu i według rodzaju.

patterns-summary-empty = Zdarzenia w tygodniu: na razie nie ma nic do pokazania.
patterns-summary-none = Zdarzenia w tygodniu { $weeks ->
        [1] w jedynym pokazanym tygodniu
       *[other] w ostatnich { $weeks } tygodniach
    }: brak.
patterns-summary-busiest = Zdarzenia w tygodniu { $weeks ->
        [1] w jedynym pokazanym tygodniu
       *[other] w ostatnich { $weeks } tygodniach
    }: łącznie { $total }; najwięcej w tygodniu od { $week } ({ $max }).
patterns-summary-busiest-several = Zdarzenia w tygodniu { $weeks ->
        [1] w jedynym pokazanym tygodniu
       *[other] w ostatnich { $weeks } tygodniach
    }: łącznie { $total }; najwięcej w jednym tygodniu: { $max }, w { $busiest } tygodniach, ostatnio w tygodniu od { $week }.
patterns-bar-title = Tydzień od { $week }: { $count }
patterns-table-show = Pokaż te liczby w tabeli
patterns-table-caption = Zdarzenia w tygodniu
patterns-table-week-starting = Początek tygodnia
patterns-table-incidents = Zdarzenia
patterns-by-type-label = Zdarzenia według rodzaju
patterns-times = { $count ->
        [one] { $count } raz
       *[other] { $count } razy
    }
