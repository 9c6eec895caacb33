## ਖੋਜ, ਲਿਖੀਆਂ ਗਈਆਂ ਚੀਜ਼ਾਂ ਵਿੱਚ।

search-title = ਖੋਜ
search-lead = ਆਪਣੇ ਘਟਨਾਵਾਂ ਦੇ ਰਿਕਾਰਡ, ਸੁਰੱਖਿਆ ਯੋਜਨਾ, ਭਰੋਸੇਯੋਗ ਸੰਪਰਕਾਂ ਅਤੇ ਚੈੱਕਲਿਸਟਾਂ ਵਿੱਚ ਸ਼ਬਦ ਲੱਭੋ।
search-form-label = ਆਪਣੀ ਜਾਣਕਾਰੀ ਵਿੱਚ ਖੋਜੋ
search-for = ਕੀ ਖੋਜਣਾ ਹੈ
search-hint = ਟਾਈਪ ਕਰਦੇ ਹੀ ਨਤੀਜੇ ਦਿਸਣ ਲੱਗਦੇ ਹਨ।
search-nothing-found = “{ $query }” ਲਈ ਕੁਝ ਨਹੀਂ ਮਿਲਿਆ।
search-failed = ਇਸ ਵੇਲੇ ਖੋਜ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
search-result-count =
    { $count ->
        [one] { $count } ਨਤੀਜਾ।
       *[other] { $count } ਨਤੀਜੇ।
    }
search-untitled = ਬਿਨਾਂ ਸਿਰਲੇਖ
search-hit-label = { $title }: { $snippet }

## ਨਤੀਜਿਆਂ ਦੇ ਸਮੂਹਾਂ ਦੇ ਸਿਰਲੇਖ

search-group-incidents = ਘਟਨਾਵਾਂ
search-group-plan = ਸੁਰੱਖਿਆ ਯੋਜਨਾ
search-group-plan-notes = ਯੋਜਨਾ ਦੇ ਨੋਟ
search-group-contacts = ਸੰਪਰਕ
search-group-checklists = ਚੈੱਕਲਿਸਟਾਂ
