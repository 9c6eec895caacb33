# Dates (the dates themselves come from Intl) and the date box.

# Beside a date box with no date chosen.
dates-not-set = Not set
