## Attached files (attachments.ts, attachment-format.ts)

# Between the files of a version ("a.jpg (…), b.png (…)").
attachments-list-separator = { ", " }

## Sizes ($count and $size are numbers; 1 KB = 1024 bytes)
attachments-size-unknown = ਆਕਾਰ ਪਤਾ ਨਹੀਂ
attachments-size-bytes =
    { $count ->
        [one] { $count } ਬਾਈਟ
       *[other] { $count } ਬਾਈਟ
    }
attachments-size-kb = { $size } KB
attachments-size-mb = { $size } MB
attachments-size-gb = { $size } GB

## Adding files to an entry
attachments-add = ਫ਼ੋਟੋਆਂ ਜਾਂ ਫ਼ਾਈਲਾਂ ਜੋੜੋ
attachments-hint = ਫ਼ਾਈਲ ਦੀ ਕਾਪੀ ਇਸ ਐਪ ਵਿੱਚ ਬਣਾਈ ਜਾਂਦੀ ਹੈ ਅਤੇ ਬਾਕੀ ਸਭ ਕੁਝ ਦੇ ਨਾਲ ਲੌਕ ਕਰਕੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ। ਅਸਲ ਫ਼ਾਈਲ ਉੱਥੇ ਹੀ ਰਹਿੰਦੀ ਹੈ ਜਿੱਥੇ ਸੀ — ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਉਸਨੂੰ ਉਸ ਕੰਪਿਊਟਰ ਜਾਂ ਫ਼ੋਨ ਤੋਂ ਮਿਟਾਉਣਾ ਚਾਹੋ ਜਿੱਥੋਂ ਉਹ ਆਈ ਸੀ।
attachments-hint-revising = ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਫ਼ਾਈਲ ਹਟਾਉਣ 'ਤੇ ਵੀ ਉਹ ਪਹਿਲੇ ਵਰਜ਼ਨਾਂ ਵਿੱਚ ਰਹਿੰਦੀ ਹੈ।
attachments-list-label = ਇਸ ਐਂਟਰੀ ਨਾਲ ਨੱਥੀ ਫ਼ਾਈਲਾਂ
attachments-earlier-file = ਪਹਿਲਾਂ ਨੱਥੀ ਕੀਤੀ ਇੱਕ ਫ਼ਾਈਲ
attachments-remove = ਹਟਾਓ
attachments-remove-label = { $name } ਨੂੰ ਹਟਾਓ
attachments-removed = { $name } ਨੂੰ ਇਸ ਐਂਟਰੀ ਤੋਂ ਹਟਾ ਦਿੱਤਾ ਗਿਆ।
attachments-loading = ਇਸਦੇ ਵੇਰਵੇ ਲੋਡ ਹੋ ਰਹੇ ਹਨ…
attachments-details-failed-still-attached = ਇਸਦੇ ਵੇਰਵੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ, ਪਰ ਇਹ ਅਜੇ ਵੀ ਨੱਥੀ ਹੈ।
attachments-details-failed-all = ਪਹਿਲਾਂ ਤੋਂ ਨੱਥੀ ਫ਼ਾਈਲਾਂ ਦੇ ਵੇਰਵੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ। ਉਹ ਅਜੇ ਵੀ ਨੱਥੀ ਹਨ ਅਤੇ ਰੱਖੀਆਂ ਜਾਣਗੀਆਂ।
attachments-adding = { $name } ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
attachments-adding-one-of = { $total } ਵਿੱਚੋਂ { $number } ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ: { $name }…
# $problem: attachments-too-large, attachments-add-failed, or the vault's own words.
attachments-file-problem = { $name }: { $problem }
attachments-too-large = ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ। ਫ਼ਾਈਲਾਂ ਵੱਧ ਤੋਂ ਵੱਧ { $size } MB ਦੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ।
attachments-add-failed = ਇਹ ਜੋੜੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
attachments-already = { $name } ਪਹਿਲਾਂ ਹੀ ਨੱਥੀ ਹੈ, ਇਸ ਲਈ ਇਹ ਦੋ ਵਾਰ ਨਹੀਂ ਜੋੜੀ ਗਈ।
attachments-added-one = { $name } ਜੋੜ ਦਿੱਤੀ ਗਈ।
# $count is 2 or more.
attachments-added-many = { $count } ਫ਼ਾਈਲਾਂ ਜੋੜ ਦਿੱਤੀਆਂ ਗਈਆਂ।

## An entry's files
attachments-view-label = ਨੱਥੀ ਫ਼ਾਈਲਾਂ
attachments-a-file = ਇੱਕ ਫ਼ਾਈਲ
attachments-details-failed-now = ਇਸਦੇ ਵੇਰਵੇ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ।
attachments-show = ਦਿਖਾਓ
attachments-show-label = { $name } ਦਿਖਾਓ
attachments-hide = ਲੁਕਾਓ
attachments-hide-label = { $name } ਲੁਕਾਓ
attachments-picture-failed = ਇਹ ਤਸਵੀਰ ਇੱਥੇ ਦਿਖਾਈ ਨਹੀਂ ਜਾ ਸਕੀ। ਫ਼ਾਈਲ ਆਪਣੇ ਆਪ ਵਿੱਚ ਸੁਰੱਖਿਅਤ ਰੱਖੀ ਹੋਈ ਹੈ।
attachments-full-hash = ਪੂਰਾ SHA-256
# Before the files of one version in the history.
attachments-version-files =
    { $count ->
        [one] ਫ਼ਾਈਲ:
       *[other] ਫ਼ਾਈਲਾਂ:
    }
attachments-version-file-unknown = ਇੱਕ ਫ਼ਾਈਲ ਜਿਸਦੇ ਵੇਰਵੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੇ
