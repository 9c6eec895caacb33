## Siartiau o'r cofnod digwyddiadau ar y darlun o'r risg: digwyddiadau bob wythnos, ac yn ôl math.

patterns-summary-empty = Digwyddiadau bob wythnos: dim i'w ddangos eto.
patterns-summary-none = Digwyddiadau bob wythnos { $weeks ->
        [1] yn yr un wythnos a ddangosir
       *[other] dros y { $weeks } wythnos diwethaf
    }: dim.
patterns-summary-busiest = Digwyddiadau bob wythnos { $weeks ->
        [1] yn yr un wythnos a ddangosir
       *[other] dros y { $weeks } wythnos diwethaf
    }: { $total } i gyd; y mwyaf yn wythnos { $week } ({ $max }).
patterns-summary-busiest-several = Digwyddiadau bob wythnos { $weeks ->
        [1] yn yr un wythnos a ddangosir
       *[other] dros y { $weeks } wythnos diwethaf
    }: { $total } i gyd; y nifer mwyaf mewn un wythnos oedd { $max }, mewn { $busiest } wythnos, a'r diweddaraf oedd wythnos { $week }.
patterns-bar-title = Wythnos { $week }: { $count }
patterns-table-show = Dangos y rhifau hyn fel tabl
patterns-table-caption = Digwyddiadau bob wythnos
patterns-table-week-starting = Wythnos yn dechrau
patterns-table-incidents = Digwyddiadau
patterns-by-type-label = Digwyddiadau yn ôl math
patterns-times = { $count } gwaith
