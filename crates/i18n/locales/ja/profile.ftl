# The 求職者情報 (profile) and its fields.
