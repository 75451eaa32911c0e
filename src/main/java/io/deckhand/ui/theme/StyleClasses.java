package io.deckhand.ui.theme;

/** Style classes of {@code deckhand.css}; views use these instead of inline styles. */
public final class StyleClasses {
    private StyleClasses() {
    }

    public static final String SIDEBAR = "dh-sidebar";
    public static final String SIDEBAR_TITLE = "dh-sidebar-title";
    public static final String SIDEBAR_ACTIONS = "dh-sidebar-actions";
    public static final String DECK_TREE = "dh-deck-tree";
    public static final String DECK_ROW = "dh-deck-row";
    public static final String DECK_ROW_NAME = "dh-deck-row-name";
    public static final String COUNT = "dh-count";
    public static final String COUNT_NEW = "dh-count-new";
    public static final String COUNT_LEARNING = "dh-count-learning";
    public static final String COUNT_DUE = "dh-count-due";
    public static final String COUNT_ZERO = "dh-count-zero";
    public static final String OVERVIEW = "dh-overview";
    public static final String OVERVIEW_STATS = "dh-overview-stats";
    public static final String STAT = "dh-stat";
    public static final String STAT_VALUE = "dh-stat-value";
    public static final String STAT_LABEL = "dh-stat-label";
    public static final String STUDY_BUTTON = "dh-study-button";
    public static final String HISTORY_CHART = "dh-history-chart";
    public static final String HISTORY_BAR = "dh-history-bar";
    public static final String HISTORY_BAR_EMPTY = "dh-history-bar-empty";
    public static final String EMPTY_STATE = "dh-empty-state";
    public static final String MUTED = "dh-muted";
    public static final String STUDY = "dh-study";
    public static final String STUDY_HEADER = "dh-study-header";
    public static final String STUDY_DECK_NAME = "dh-study-deck-name";
    public static final String STUDY_PROGRESS = "dh-study-progress";
    public static final String ANSWER_BAR = "dh-answer-bar";
    public static final String ANSWER_BUTTON = "dh-answer-button";
    public static final String ANSWER_AGAIN = "dh-answer-again";
    public static final String INTERVAL_LABEL = "dh-interval-label";
    public static final String SHOW_ANSWER = "dh-show-answer";
    public static final String SUMMARY = "dh-summary";
    public static final String CARD_VIEW = "dh-card-view";
    public static final String TOAST = "dh-toast";
    public static final String ERROR_SCREEN = "dh-error-screen";
    public static final String ERROR_DETAILS = "dh-error-details";
    public static final String EDITOR = "dh-editor";
    public static final String INFO_DIALOG = "dh-info-dialog";
    public static final String SHORTCUT_KEY = "dh-shortcut-key";
    public static final String SHORTCUT_SECTION = "dh-shortcut-section";
    public static final String KEY_HINT = "dh-key-hint";
    public static final String EXCHANGE_DIALOG = "dh-exchange-dialog";
    public static final String PAGE = "dh-page";
    public static final String PAGE_TITLE = "dh-page-title";
    public static final String CHART_CARD = "dh-chart-card";
    public static final String SIDEBAR_LINK = "dh-sidebar-link";
    /** Why the notes' quality gate proposes a card unticked. */
    public static final String GATE_REASON = "dh-gate-reason";
}
