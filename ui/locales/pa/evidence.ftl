## ਰਿਪੋਰਟ ਅਤੇ ਐਕਸਪੋਰਟ: ਪੁਲਿਸ ਜਾਂ ਅਦਾਲਤ ਲਈ PDF, ਕੇਸ ਵਰਕਰ ਜਾਂ ਵਕੀਲ (solicitor) ਲਈ ਐਕਸਪੋਰਟ,
## ਅਤੇ ਕਿਸੇ ਵੱਲੋਂ ਭੇਜੀ ਲਾਕ ਕੀਤੀ ਐਕਸਪੋਰਟ ਖੋਲ੍ਹਣਾ।

evidence-title = ਰਿਪੋਰਟ ਅਤੇ ਐਕਸਪੋਰਟ
evidence-lead = ਇਸ ਨਾਲ ਤੁਹਾਡੀਆਂ ਚੁਣੀਆਂ ਘਟਨਾਵਾਂ ਦੀ ਇੱਕ ਰਿਪੋਰਟ ਬਣਦੀ ਹੈ, ਜੋ ਪੁਲਿਸ, ਅਦਾਲਤ, ਵਕੀਲ (solicitor) ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਦਿੱਤੀ ਜਾ ਸਕਦੀ ਹੈ। ਇਸ ਵਿੱਚ ਸਿਰਫ਼ ਉਹੀ ਜਾਂਦਾ ਹੈ ਜੋ ਤੁਸੀਂ ਚੁਣੋ। ਹਰ ਚੁਣੀ ਐਂਟਰੀ ਪੂਰੀ ਜਾਂਦੀ ਹੈ: ਉਸ ਦਾ ਹਰ ਸੰਸਕਰਣ, ਇਹ ਕਿੱਥੇ ਹੋਇਆ, ਅਤੇ ਉਸ ਦੀਆਂ ਨੱਥੀ ਫ਼ਾਈਲਾਂ।
evidence-warning-title = ਚੁਣਨ ਤੋਂ ਪਹਿਲਾਂ:
evidence-warning-other-side = ਪੁਲਿਸ ਜਾਂ ਅਦਾਲਤੀ ਕਾਰਵਾਈ ਵਿੱਚ ਦੂਜੀ ਧਿਰ, ਜਿਸ ਵਿੱਚ ਉਹ ਵਿਅਕਤੀ ਵੀ ਸ਼ਾਮਲ ਹੈ ਜਿਸ ਬਾਰੇ ਇਹ ਹੈ, ਰਿਪੋਰਟ ਵੇਖ ਸਕਦੀ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਸ਼ਾਮਲ ਕਰੋ ਜਿਸ ਦਾ ਉਹਨਾਂ ਨੂੰ ਦਿਖਾਇਆ ਜਾਣਾ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਹੋਵੇ।
evidence-warning-never-included = ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ, ਤੁਹਾਡੇ ਸੰਪਰਕ ਅਤੇ ਉਹਨਾਂ ਵਿੱਚ ਦਰਜ ਪਤੇ ਕਦੇ ਸ਼ਾਮਲ ਨਹੀਂ ਹੁੰਦੇ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਉਹਨਾਂ ਨੂੰ ਹੇਠਾਂ ਇੱਕ-ਇੱਕ ਕਰਕੇ ਨਾ ਚੁਣੋ। ਹਰ ਚੁਣੀ ਐਂਟਰੀ ਵਿੱਚ ਉਹ ਜ਼ਰੂਰ ਸ਼ਾਮਲ ਹੁੰਦਾ ਹੈ ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਕਿ ਇਹ ਕਿੱਥੇ ਹੋਇਆ। ਰਿਪੋਰਟ ਇਹ ਵੀ ਦਿਖਾਉਂਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਪੂਰੇ ਰਿਕਾਰਡ ਵਿੱਚ ਕਿੰਨੀਆਂ ਐਂਟਰੀਆਂ ਹਨ (ਉਹਨਾਂ ਵਿੱਚ ਕੀ ਲਿਖਿਆ ਹੈ, ਇਹ ਨਹੀਂ), ਕਿਉਂਕਿ ਇਸੇ ਤਰ੍ਹਾਂ ਇਸ ਦੀ ਜਾਂਚ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।

## ਕੀ ਸ਼ਾਮਲ ਹੋਵੇਗਾ

evidence-what-goes-in = ਕੀ ਸ਼ਾਮਲ ਹੋਵੇਗਾ
evidence-period = ਸਮਾਂ-ਸੀਮਾ
evidence-period-hint = ਦੋਵੇਂ ਤਾਰੀਖ਼ਾਂ ਸ਼ਾਮਲ ਹਨ। ਸਾਰੀਆਂ ਐਂਟਰੀਆਂ ਵੇਖਣ ਲਈ ਇਹਨਾਂ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
evidence-from = ਤੋਂ
evidence-until = ਤੱਕ
evidence-show-entries = ਐਂਟਰੀਆਂ ਵਿਖਾਓ
evidence-entries = ਐਂਟਰੀਆਂ
evidence-choose-all = ਸਾਰੀਆਂ ਚੁਣੋ
evidence-choose-none = ਕੋਈ ਨਾ ਚੁਣੋ
evidence-chosen-count = { $total } ਵਿੱਚੋਂ { $chosen } ਚੁਣੀਆਂ
evidence-no-entries = ਇਸ ਸਮਾਂ-ਸੀਮਾ ਵਿੱਚ ਕੋਈ ਐਂਟਰੀ ਨਹੀਂ।
evidence-entries-error = ਐਂਟਰੀਆਂ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
evidence-row-files = { $count ->
        [one] { $count } ਫ਼ਾਈਲ
       *[other] { $count } ਫ਼ਾਈਲਾਂ
    }
evidence-row-nothing-written = "ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ" ਹੇਠ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
evidence-happened-range = { $start } ਤੋਂ { $end } ਤੱਕ
evidence-name-label = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਦਿਖਾਉਣ ਲਈ ਨਾਮ (ਵਿਕਲਪਿਕ)
evidence-name-hint = ਜਿਵੇਂ ਤੁਹਾਡਾ ਨਾਮ, ਜਾਂ ਪੁਲਿਸ ਵੱਲੋਂ ਦਿੱਤਾ ਕੋਈ ਹਵਾਲਾ ਨੰਬਰ। ਚਾਹੋ ਤਾਂ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
# The report's language, offered when the app is not in English. $language is the language's own name (Cymraeg, Polski…).
evidence-language-label = ਰਿਪੋਰਟ ਦੀ ਭਾਸ਼ਾ
evidence-language-hint = ਇੰਗਲੈਂਡ ਅਤੇ ਵੇਲਜ਼ ਵਿੱਚ ਪੁਲਿਸ ਅਤੇ ਅਦਾਲਤਾਂ ਨੂੰ ਰਿਪੋਰਟ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ। ਰਿਪੋਰਟ ਦੇ ਆਪਣੇ ਸ਼ਬਦ ਭਾਸ਼ਾ ਦੇ ਅਨੁਸਾਰ ਬਦਲ ਜਾਂਦੇ ਹਨ; ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਉਸ ਦਾ ਕਦੇ ਅਨੁਵਾਦ ਨਹੀਂ ਹੁੰਦਾ, ਅਤੇ ਉਹ ਉਵੇਂ ਹੀ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖਿਆ। ਦੋ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚ ਪੂਰੀ ਰਿਪੋਰਟ ਦੋ ਵਾਰ ਆਉਂਦੀ ਹੈ।
evidence-language-both = ਅੰਗਰੇਜ਼ੀ ਅਤੇ { $language } ਵਿੱਚ (ਪਹਿਲਾਂ ਅੰਗਰੇਜ਼ੀ)
evidence-language-own = ਸਿਰਫ਼ { $language } ਵਿੱਚ
evidence-language-english = ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ
evidence-embed-label = ਫ਼ੋਟੋਆਂ (PNG ਅਤੇ JPEG) ਨੂੰ ਰਿਪੋਰਟ ਵਿੱਚ ਤਸਵੀਰਾਂ ਵਜੋਂ ਪਾਓ
evidence-embed-hint = ਦੋਵਾਂ ਹਾਲਤਾਂ ਵਿੱਚ ਹਰ ਨੱਥੀ ਫ਼ਾਈਲ ਆਪਣੇ ਫ਼ਿੰਗਰਪ੍ਰਿੰਟ (SHA-256) ਨਾਲ ਸੂਚੀ ਵਿੱਚ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਜੋ ਬਾਅਦ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾ ਸਕੇ ਕਿ ਇਹ ਉਹੀ ਫ਼ਾਈਲ ਹੈ।
evidence-draft-label = ਰਿਪੋਰਟ ਲਈ ਚੋਣਾਂ
evidence-draft-save-hint = ਇਹ ਚੋਣਾਂ ਰਿਪੋਰਟ ਜਾਂ ਐਕਸਪੋਰਟ ਸੰਭਾਲਣ ਵੇਲੇ ਵਰਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ

## ਇਹ ਵੀ ਸ਼ਾਮਲ ਕਰੋ

evidence-extras-summary = ਯੋਜਨਾ ਦੇ ਕਦਮ, ਸੰਪਰਕ, ਖ਼ਤਰੇ ਦੀਆਂ ਜਾਂਚਾਂ, ਵਿਅਕਤੀ ਜਾਂ ਹੁਕਮ ਵੀ ਸ਼ਾਮਲ ਕਰੋ (ਵਿਕਲਪਿਕ)
evidence-extras-ticked = ({ $count ->
        [0] ਕਿਸੇ 'ਤੇ ਨਿਸ਼ਾਨ ਨਹੀਂ
       *[other] { $count } 'ਤੇ ਨਿਸ਼ਾਨ
    })
evidence-extras-never-unless-ticked = ਇਹ ਕਦੇ ਸ਼ਾਮਲ ਨਹੀਂ ਹੁੰਦੇ ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇੱਥੇ ਇਹਨਾਂ 'ਤੇ ਨਿਸ਼ਾਨ ਨਾ ਲਾਓ। ਜਿਸ ਚੀਜ਼ 'ਤੇ ਵੀ ਨਿਸ਼ਾਨ ਲੱਗੇ, ਉਸ ਨੂੰ ਹਰ ਉਹ ਵਿਅਕਤੀ ਪੜ੍ਹ ਸਕਦਾ ਹੈ ਜਿਸ ਨੂੰ ਰਿਪੋਰਟ ਜਾਂ ਐਕਸਪੋਰਟ ਦਿੱਤੀ ਜਾਵੇ।
evidence-extras-contact-hint = ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਸੰਪਰਕ ਆਪਣੇ ਨਾਮ, ਰਿਸ਼ਤੇ, ਉਹਨਾਂ ਤੱਕ ਪਹੁੰਚਣ ਦੇ ਤਰੀਕੇ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਜੋ ਪਤਾ ਹੈ, ਉਸ ਨਾਲ ਸ਼ਾਮਲ ਹੁੰਦਾ ਹੈ। ਉਹਨਾਂ ਦਾ ਕੋਡ ਸ਼ਬਦ, ਹਾਲ-ਚਾਲ ਪੁੱਛਣ ਦੀ ਯੋਜਨਾ ਅਤੇ ਸੁਰੱਖਿਅਤ ਸਮੇਂ ਕਦੇ ਸ਼ਾਮਲ ਨਹੀਂ ਹੁੰਦੇ।
evidence-extras-person-hint = ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਵਿਅਕਤੀ ਉਹਨਾਂ ਬਾਰੇ ਲਿਖੀ ਹਰ ਗੱਲ ਨਾਲ ਸ਼ਾਮਲ ਹੁੰਦਾ ਹੈ (ਪਤੇ, ਕੰਮ ਦੀਆਂ ਥਾਵਾਂ ਅਤੇ ਸੋਸ਼ਲ ਮੀਡੀਆ ਵੀ); ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੁਕਮ ਆਪਣੀਆਂ ਸ਼ਰਤਾਂ ਨਾਲ, ਅਤੇ ਇਹ ਦੱਸਦਿਆਂ ਕਿ ਇਹ ਕਿਸ ਦੇ ਖ਼ਿਲਾਫ਼ ਹੈ।
evidence-group-contacts = ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ
evidence-group-screenings = ਖ਼ਤਰੇ ਦੀਆਂ ਜਾਂਚਾਂ
evidence-group-people = ਕੌਣ ਨੁਕਸਾਨ ਪਹੁੰਚਾ ਰਿਹਾ ਹੈ
evidence-group-orders = ਹੁਕਮ ਅਤੇ ਸ਼ਰਤਾਂ
evidence-screening-label = { $name }, { $date } ({ $time } ਵਜੇ ਸੰਭਾਲੀ): { $level }, { $yes }
evidence-screening-label-alone = { $name }, { $date } ({ $time } ਵਜੇ ਸੰਭਾਲੀ), ਇਕੱਲਿਆਂ ਜਵਾਬ ਦਿੱਤੇ: { $level }, { $yes }
evidence-screening-label-with = { $name }, { $date } ({ $time } ਵਜੇ ਸੰਭਾਲੀ), { $advocate } ਨਾਲ: { $level }, { $yes }
evidence-screening-label-with-an-advocate = { $name }, { $date } ({ $time } ਵਜੇ ਸੰਭਾਲੀ), ਇੱਕ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨਾਲ: { $level }, { $yes }
evidence-extras-empty = ਅਜੇ ਇੱਥੇ ਚੁਣਨ ਲਈ ਕੁਝ ਨਹੀਂ: ਨਾ ਯੋਜਨਾ ਦੇ ਕਦਮ, ਨਾ ਸੰਪਰਕ, ਨਾ ਜਾਂਚਾਂ, ਨਾ ਵਿਅਕਤੀ ਅਤੇ ਨਾ ਹੁਕਮ।
evidence-extras-error = ਤੁਹਾਡੀ ਯੋਜਨਾ, ਸੰਪਰਕ ਅਤੇ ਜਾਂਚਾਂ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਚੋਣ ਵਿੱਚ ਮੁਸ਼ਕਲਾਂ

evidence-problem-from-date = ਕਿਰਪਾ ਕਰਕੇ "ਤੋਂ" ਵਾਲੀ ਤਾਰੀਖ਼ ਦਿਨ, ਮਹੀਨੇ ਅਤੇ ਸਾਲ ਵਜੋਂ ਲਿਖੋ, ਜਾਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
evidence-problem-until-date = ਕਿਰਪਾ ਕਰਕੇ "ਤੱਕ" ਵਾਲੀ ਤਾਰੀਖ਼ ਦਿਨ, ਮਹੀਨੇ ਅਤੇ ਸਾਲ ਵਜੋਂ ਲਿਖੋ, ਜਾਂ ਇਸ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
evidence-problem-until-before-from = "ਤੱਕ" ਵਾਲੀ ਤਾਰੀਖ਼ "ਤੋਂ" ਵਾਲੀ ਤਾਰੀਖ਼ ਤੋਂ ਪਹਿਲਾਂ ਦੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਬਦਲੋ।
evidence-problem-not-loaded = ਐਂਟਰੀਆਂ ਦੀ ਸੂਚੀ ਅਜੇ ਲੋਡ ਨਹੀਂ ਹੋਈ। ਕਿਰਪਾ ਕਰਕੇ "ਐਂਟਰੀਆਂ ਵਿਖਾਓ" ਦਬਾਓ।
evidence-problem-dates-changed = ਸੂਚੀ ਵਿਖਾਏ ਜਾਣ ਤੋਂ ਬਾਅਦ ਤਾਰੀਖ਼ਾਂ ਬਦਲੀਆਂ ਗਈਆਂ। ਕਿਰਪਾ ਕਰਕੇ "ਐਂਟਰੀਆਂ ਵਿਖਾਓ" ਦਬਾਓ ਅਤੇ ਵੇਖੋ ਕਿ ਕਿਹੜੀਆਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੈ।
evidence-problem-no-entries = ਇਸ ਸਮਾਂ-ਸੀਮਾ ਵਿੱਚ ਕੋਈ ਐਂਟਰੀ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੋਰ ਤਾਰੀਖ਼ਾਂ ਚੁਣੋ, ਜਾਂ ਸਾਰੀਆਂ ਐਂਟਰੀਆਂ ਵੇਖਣ ਲਈ ਇਹਨਾਂ ਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
evidence-problem-none-ticked = ਕਿਰਪਾ ਕਰਕੇ ਸ਼ਾਮਲ ਕਰਨ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਐਂਟਰੀ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।

## PDF ਰਿਪੋਰਟ

evidence-report-title = ਪੁਲਿਸ ਜਾਂ ਅਦਾਲਤ ਲਈ ਰਿਪੋਰਟ
evidence-report-about = ਇੱਕ PDF ਜਿਸ ਨੂੰ ਪ੍ਰਿੰਟ ਕੀਤਾ ਜਾਂ ਭੇਜਿਆ ਜਾ ਸਕਦਾ ਹੈ, ਜਿਸ ਵਿੱਚ ਚੁਣੀਆਂ ਐਂਟਰੀਆਂ ਤਾਰੀਖ਼ ਦੇ ਕ੍ਰਮ ਵਿੱਚ ਹੋਣ, ਹਰ ਇੱਕ ਕਦੋਂ ਲਿਖੀ ਗਈ, ਕੋਈ ਵੀ ਸੋਧ, ਅਤੇ ਇਹ ਜਾਂਚਣ ਦਾ ਤਰੀਕਾ ਕਿ ਬਾਅਦ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ ਗਿਆ।
evidence-save-report = PDF ਰਿਪੋਰਟ ਸੰਭਾਲੋ
evidence-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
evidence-report-making = ਰਿਪੋਰਟ ਬਣ ਰਹੀ ਹੈ। ਤਿਆਰ ਹੋਣ 'ਤੇ ਸੰਭਾਲਣ ਵਾਲੀ ਵਿੰਡੋ ਖੁੱਲ੍ਹੇਗੀ।
evidence-report-error = ਰਿਪੋਰਟ ਨਹੀਂ ਬਣ ਸਕੀ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
evidence-not-saved = ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ।
evidence-report-saved = ਰਿਪੋਰਟ ਸੰਭਾਲੀ ਗਈ: { $entries ->
        [one] { $entries } ਐਂਟਰੀ
       *[other] { $entries } ਐਂਟਰੀਆਂ
    }, { $pages ->
        [one] { $pages } ਪੰਨਾ
       *[other] { $pages } ਪੰਨੇ
    }।
evidence-pictures-left-out = ਕੁਝ ਫ਼ੋਟੋਆਂ ਰਿਪੋਰਟ ਵਿੱਚ ਨਹੀਂ ਪਾਈਆਂ ਜਾ ਸਕੀਆਂ; ਉਹ ਆਪਣੇ ਫ਼ਿੰਗਰਪ੍ਰਿੰਟਾਂ ਨਾਲ ਸੂਚੀ ਵਿੱਚ ਹਨ।

## ਐਕਸਪੋਰਟ

evidence-export-title = ਕੇਸ ਵਰਕਰ ਜਾਂ ਵਕੀਲ (solicitor) ਲਈ ਐਕਸਪੋਰਟ
evidence-export-about = ਉਹੀ ਚੁਣੀਆਂ ਐਂਟਰੀਆਂ ਇੱਕ ਅਜਿਹੀ ਫ਼ਾਈਲ ਵਜੋਂ ਜਿਸ ਨੂੰ ਕੰਪਿਊਟਰ ਪੜ੍ਹ ਸਕਣ: ਡਾਟਾ, ਅਸਲ ਨੱਥੀ ਫ਼ਾਈਲਾਂ, ਅਤੇ ਉਹਨਾਂ ਦੇ ਫ਼ਿੰਗਰਪ੍ਰਿੰਟਾਂ (SHA-256) ਦੀ ਸੂਚੀ ਤਾਂ ਜੋ ਦਿਖਾਇਆ ਜਾ ਸਕੇ ਕਿ ਕੋਈ ਵੀ ਨਹੀਂ ਬਦਲੀ ਗਈ। ਫ਼ੋਟੋਆਂ ਹਮੇਸ਼ਾ ਅਸਲ ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਸ਼ਾਮਲ ਹੁੰਦੀਆਂ ਹਨ।
evidence-export-how = ਇਸ ਨੂੰ ਕਿਵੇਂ ਸੰਭਾਲਣਾ ਹੈ
evidence-export-plain = ਆਮ zip ਫ਼ਾਈਲ (ਜਿਸ ਕੋਲ ਵੀ ਫ਼ਾਈਲ ਹੋਵੇ ਉਹ ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ)
evidence-export-locked = ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲਾਕ (ਇਸੇ ਐਪ ਨਾਲ ਖੁੱਲ੍ਹਦੀ ਹੈ)
evidence-passphrase = ਪਾਸਫ਼ਰੇਜ਼
evidence-passphrase-hint = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ, ਜਿਵੇਂ ਕੁਝ ਸ਼ਬਦ ਜੋੜ ਕੇ। ਜਿਸ ਵਿਅਕਤੀ ਨੂੰ ਫ਼ਾਈਲ ਭੇਜੋ, ਉਸ ਨੂੰ ਇਹ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਦੱਸੋ, ਜਿਵੇਂ ਫ਼ੋਨ 'ਤੇ, ਉਸੇ ਈਮੇਲ ਵਿੱਚ ਨਹੀਂ।
evidence-passphrase-again = ਪਾਸਫ਼ਰੇਜ਼ ਦੁਬਾਰਾ ਲਿਖੋ
evidence-save-export = ਐਕਸਪੋਰਟ ਸੰਭਾਲੋ
evidence-export-choose-where = ਚੁਣੋ ਕਿ ਇਸ ਨੂੰ ਕਿੱਥੇ ਸੰਭਾਲਣਾ ਹੈ…
evidence-export-error = ਐਕਸਪੋਰਟ ਨਹੀਂ ਬਣ ਸਕੀ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
evidence-export-saved = ਐਕਸਪੋਰਟ ਸੰਭਾਲੀ ਗਈ: { $entries ->
        [one] { $entries } ਐਂਟਰੀ
       *[other] { $entries } ਐਂਟਰੀਆਂ
    }, { $files ->
        [0] ਕੋਈ ਨੱਥੀ ਫ਼ਾਈਲ ਨਹੀਂ
        [one] { $files } ਨੱਥੀ ਫ਼ਾਈਲ
       *[other] { $files } ਨੱਥੀ ਫ਼ਾਈਲਾਂ
    }।
evidence-locked-export-saved = ਲਾਕ ਕੀਤੀ ਐਕਸਪੋਰਟ ਸੰਭਾਲੀ ਗਈ: { $entries ->
        [one] { $entries } ਐਂਟਰੀ
       *[other] { $entries } ਐਂਟਰੀਆਂ
    }, { $files ->
        [0] ਕੋਈ ਨੱਥੀ ਫ਼ਾਈਲ ਨਹੀਂ
        [one] { $files } ਨੱਥੀ ਫ਼ਾਈਲ
       *[other] { $files } ਨੱਥੀ ਫ਼ਾਈਲਾਂ
    }।
evidence-problem-passphrase-missing = ਕਿਰਪਾ ਕਰਕੇ ਐਕਸਪੋਰਟ ਨੂੰ ਲਾਕ ਕਰਨ ਲਈ ਇੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ।
evidence-problem-passphrase-short = ਪਾਸਫ਼ਰੇਜ਼ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ, ਜਿਵੇਂ ਕੁਝ ਸ਼ਬਦ ਜੋੜ ਕੇ।
evidence-problem-passphrase-again = ਕਿਰਪਾ ਕਰਕੇ ਪਾਸਫ਼ਰੇਜ਼ ਦੂਜੀ ਵਾਰ ਲਿਖੋ।
evidence-problem-passphrase-differs = ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਲਿਖੋ।

## ਕਿਸੇ ਵੱਲੋਂ ਭੇਜੀ ਲਾਕ ਕੀਤੀ ਐਕਸਪੋਰਟ ਖੋਲ੍ਹਣਾ

evidence-open-title = ਕਿਸੇ ਵੱਲੋਂ ਭੇਜੀ ਲਾਕ ਕੀਤੀ ਐਕਸਪੋਰਟ ਖੋਲ੍ਹੋ
evidence-open-hint = ਪਹਿਲਾਂ ਫ਼ਾਈਲ ਚੁਣਨ ਲਈ ਕਿਹਾ ਜਾਵੇਗਾ, ਫਿਰ ਇਹ ਕਿ ਖੁੱਲ੍ਹੀ ਕਾਪੀ ਕਿੱਥੇ ਸੰਭਾਲਣੀ ਹੈ। ਖੁੱਲ੍ਹੀ ਕਾਪੀ ਇੱਕ ਆਮ zip ਫ਼ਾਈਲ ਹੈ ਜਿਸ ਨੂੰ ਕੋਈ ਵੀ ਪੜ੍ਹ ਸਕਦਾ ਹੈ ਜਿਸ ਕੋਲ ਇਹ ਹੋਵੇ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।
evidence-open-passphrase = ਤੁਹਾਨੂੰ ਦਿੱਤਾ ਗਿਆ ਪਾਸਫ਼ਰੇਜ਼
evidence-open-button = ਲਾਕ ਕੀਤੀ ਐਕਸਪੋਰਟ ਖੋਲ੍ਹੋ…
evidence-opening = ਖੋਲ੍ਹੀ ਜਾ ਰਹੀ ਹੈ…
evidence-open-choose-file = ਲਾਕ ਕੀਤੀ ਫ਼ਾਈਲ ਚੁਣੋ…
evidence-open-error = ਫ਼ਾਈਲ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ। ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
evidence-problem-open-passphrase-missing = ਕਿਰਪਾ ਕਰਕੇ ਉਹ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ ਜੋ ਤੁਹਾਨੂੰ ਫ਼ਾਈਲ ਦੇ ਨਾਲ ਦਿੱਤਾ ਗਿਆ ਸੀ।
evidence-problem-open-passphrase-short = ਲਾਕ ਕੀਤੀਆਂ ਐਕਸਪੋਰਟਾਂ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰਾਂ ਦਾ ਪਾਸਫ਼ਰੇਜ਼ ਹੁੰਦਾ ਹੈ, ਇਸ ਲਈ ਇਹ ਪੂਰਾ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ਾਈਲ ਭੇਜਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨਾਲ ਇਸ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ।
evidence-opened = ਖੋਲ੍ਹ ਕੇ ਸੰਭਾਲ ਲਿਆ ਗਿਆ।
evidence-not-opened = ਖੋਲ੍ਹਿਆ ਨਹੀਂ ਗਿਆ।
