# The job seeker's MyPage screens (お気に入り, 応募, 求職活動実績…).
