# The 求人申込み (posting editor) and its steps.
