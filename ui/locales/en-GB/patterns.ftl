## Charts of the incident log on the risk picture: incidents per week, and by type.

# The chart's name for screen readers, when there are no weeks yet.
patterns-summary-empty = Incidents per week: nothing to show yet.
# $weeks: how many weeks the chart shows.
patterns-summary-none = Incidents per week { $weeks ->
        [1] in the one week shown
       *[other] over the last { $weeks } weeks
    }: none.
# $total: incidents in all; $week: the start of the busiest week (a short date); $max: incidents that week.
patterns-summary-busiest = Incidents per week { $weeks ->
        [1] in the one week shown
       *[other] over the last { $weeks } weeks
    }: { $total } in all; most in the week of { $week } ({ $max }).
# $busiest: how many weeks had the most ($max, always 2 or more); $week: the latest of them.
patterns-summary-busiest-several = Incidents per week { $weeks ->
        [1] in the one week shown
       *[other] over the last { $weeks } weeks
    }: { $total } in all; the most in one week was { $max }, in { $busiest } weeks, most recently the week of { $week }.
# A bar's tooltip: the week's start and its number of incidents.
patterns-bar-title = Week of { $week }: { $count }
patterns-table-show = Show these numbers as a table
patterns-table-caption = Incidents per week
patterns-table-week-starting = Week starting
patterns-table-incidents = Incidents
patterns-by-type-label = Incidents by type
# How many incidents of one type.
patterns-times = { $count ->
        [one] { $count } time
       *[other] { $count } times
    }
