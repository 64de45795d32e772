# The counselor's screens (窓口・職業相談・審査).
