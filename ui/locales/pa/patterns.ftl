## ਖ਼ਤਰੇ ਦੀ ਤਸਵੀਰ 'ਤੇ ਘਟਨਾਵਾਂ ਦੇ ਰਿਕਾਰਡ ਦੇ ਚਾਰਟ: ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ, ਅਤੇ ਕਿਸਮ ਅਨੁਸਾਰ।

patterns-summary-empty = ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ: ਅਜੇ ਦਿਖਾਉਣ ਲਈ ਕੁਝ ਨਹੀਂ।
patterns-summary-none = ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ { $weeks ->
        [1] ਦਿਖਾਏ ਗਏ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ
       *[other] ਪਿਛਲੇ { $weeks } ਹਫ਼ਤਿਆਂ ਵਿੱਚ
    }: ਕੋਈ ਨਹੀਂ।
patterns-summary-busiest = ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ { $weeks ->
        [1] ਦਿਖਾਏ ਗਏ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ
       *[other] ਪਿਛਲੇ { $weeks } ਹਫ਼ਤਿਆਂ ਵਿੱਚ
    }: ਕੁੱਲ { $total }; ਸਭ ਤੋਂ ਵੱਧ { $week } ਵਾਲੇ ਹਫ਼ਤੇ ਵਿੱਚ ({ $max })।
patterns-summary-busiest-several = ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ { $weeks ->
        [1] ਦਿਖਾਏ ਗਏ ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ
       *[other] ਪਿਛਲੇ { $weeks } ਹਫ਼ਤਿਆਂ ਵਿੱਚ
    }: ਕੁੱਲ { $total }; ਇੱਕ ਹਫ਼ਤੇ ਵਿੱਚ ਸਭ ਤੋਂ ਵੱਧ { $max } ਸਨ, { $busiest } ਹਫ਼ਤਿਆਂ ਵਿੱਚ, ਸਭ ਤੋਂ ਤਾਜ਼ਾ { $week } ਵਾਲਾ ਹਫ਼ਤਾ।
patterns-bar-title = { $week } ਵਾਲਾ ਹਫ਼ਤਾ: { $count }
patterns-table-show = ਇਹ ਅੰਕੜੇ ਸਾਰਣੀ ਵਜੋਂ ਵਿਖਾਓ
patterns-table-caption = ਹਰ ਹਫ਼ਤੇ ਦੀਆਂ ਘਟਨਾਵਾਂ
patterns-table-week-starting = ਹਫ਼ਤੇ ਦੀ ਸ਼ੁਰੂਆਤ
patterns-table-incidents = ਘਟਨਾਵਾਂ
patterns-by-type-label = ਕਿਸਮ ਅਨੁਸਾਰ ਘਟਨਾਵਾਂ
patterns-times = { $count } ਵਾਰ
