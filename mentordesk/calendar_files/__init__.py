"""iCalendar files for a pair's meetings: events, invitations, cancellations, VTIMEZONEs."""
