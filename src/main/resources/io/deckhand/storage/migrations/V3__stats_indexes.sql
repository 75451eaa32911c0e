-- Statistics: covering indexes so a year of a million answers is read from small index rows.
-- Answers per day by kind and button (heatmap, retention, time per day).
CREATE INDEX review_log_stats ON review_log(reviewed_ms, deck_id, before_state, before_scheduled_days, rating, duration_ms);
-- Answers to review cards per card (retention per topic), already in card order for GROUP BY.
CREATE INDEX review_log_reviews_by_card ON review_log(card_id, reviewed_ms, rating, deck_id) WHERE before_state = 2;
