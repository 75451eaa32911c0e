-- Statistics: covering indexes so a year of a million answers is read from small index rows.
-- Answers per day by kind and button (heatmap, retention, buttons, time per day). The button comes
-- first so "before_state IN (..) AND rating IN (..)" seeks each pair's day range and GROUP BY
-- streams in index order, with no sort of the day's rows.
CREATE INDEX review_log_by_answer ON review_log(before_state, rating, reviewed_ms, before_scheduled_days, duration_ms, deck_id);
-- Answers to review cards per card (retention per topic), already in card order for GROUP BY.
CREATE INDEX review_log_reviews_by_card ON review_log(card_id, reviewed_ms, rating, deck_id) WHERE before_state = 2;
