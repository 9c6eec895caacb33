## فوراً چھپانے کے شارٹ کٹ کی کلیدیں الفاظ میں۔ جو کلیدیں کی بورڈ پر لکھے نام سے پکاری جاتی ہیں
## (Ctrl، Alt، Shift، Command، Option، Page Up…) ان کا ترجمہ نہیں ہوتا۔

accelerator-windows-key = Windows کلید
accelerator-up-arrow = اوپر کا تیر
accelerator-down-arrow = نیچے کا تیر
accelerator-left-arrow = بائیں کا تیر
accelerator-right-arrow = دائیں کا تیر
accelerator-number-pad = نمبر پیڈ { $digit }
