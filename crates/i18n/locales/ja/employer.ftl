# The employer's screens (求人者マイページ, 応募者, 求職者検索).
