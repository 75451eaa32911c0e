package io.deckhand.app;

import io.deckhand.app.backup.BackupService;
import io.deckhand.app.browse.BrowseService;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.deckoptions.WorkloadService;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.app.library.ChangeWatch;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.notes.NotesImportService;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.app.settings.SettingsService;
import io.deckhand.app.stats.StatsService;
import io.deckhand.app.study.StudyService;

/** The services both front ends call; closing releases the collection. */
public record AppServices(StudyService study, LibraryService library, SettingsService settings,
                          ExchangeService exchange, DeckOptionsService deckOptions,
                          NotesImportService notes, BrowseService browse, StatsService stats,
                          QuizService quiz, ExamService exam,
                          BackupService backups,
                          ChangeWatch changes,
                          WorkloadService workload,
                          AutoCloseable collection) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        collection.close();
    }
}
