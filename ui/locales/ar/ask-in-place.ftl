## "Remove X? This cannot be undone." asked in place (ask-in-place.ts)
ask-in-place-yes = نعم، إزالة
ask-in-place-keep = إبقاء
