## ਤੁਰੰਤ ਲੁਕਾਉਣ ਵਾਲੇ ਸ਼ਾਰਟਕੱਟ ਦੀਆਂ ਕੁੰਜੀਆਂ ਸ਼ਬਦਾਂ ਵਿੱਚ। ਕੀਬੋਰਡ 'ਤੇ ਲਿਖੇ ਨਾਮ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ
## (Ctrl, Alt, Shift, Command, Option, Page Up…) ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੁੰਦਾ।

accelerator-windows-key = Windows ਕੁੰਜੀ
accelerator-up-arrow = ਉੱਪਰ ਵਾਲਾ ਤੀਰ
accelerator-down-arrow = ਹੇਠਾਂ ਵਾਲਾ ਤੀਰ
accelerator-left-arrow = ਖੱਬਾ ਤੀਰ
accelerator-right-arrow = ਸੱਜਾ ਤੀਰ
accelerator-number-pad = ਨੰਬਰ ਪੈਡ { $digit }
