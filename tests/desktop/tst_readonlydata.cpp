// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// A data folder the app cannot write to (a read-only disk, a folder of
// another user): the app still starts, says that bookmarks cannot be saved,
// keeps what the attendee adds while it runs, changes nothing on disk, and
// saves it all once the folder can be written to again.
//
// CI runs tests as root, whom permission bits do not stop; as root the
// folder is made immutable (chattr +i), which stops root too. Either way a
// write is tried first, and the test fails unless it is refused.

#include "bookmarks.h"
#include "programrepository.h"
#include "testsupport.h"
#include "timedisplay.h"
#include "urlcache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const auto edition = QStringLiteral("mlforsys-neurips2023");

// Writes in `dirs` are refused while it lives.
class WriteDenial {
public:
    explicit WriteDenial(QStringList dirs)
        : m_dirs(std::move(dirs))
    {
        for (const auto &dir : std::as_const(m_dirs)) {
            if (!set(dir, true)) {
                m_problem = QStringLiteral("cannot make %1 read-only").arg(dir);
                return;
            }
            QFile probe(QDir(dir).filePath(QStringLiteral(".write-probe")));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                m_problem =
                    QStringLiteral("%1 is still writable: the denial is not in effect").arg(dir);
                return;
            }
        }
    }
    ~WriteDenial() { lift(); }
    WriteDenial(const WriteDenial &) = delete;
    WriteDenial &operator=(const WriteDenial &) = delete;

    QString problem() const { return m_problem; }
    void lift()
    {
        for (const auto &dir : std::exchange(m_dirs, {}))
            set(dir, false);
    }

private:
    static bool set(const QString &dir, bool deny)
    {
        if (::geteuid() == 0)
            return QProcess::execute(QStringLiteral("chattr"),
                       {deny ? QStringLiteral("+i") : QStringLiteral("-i"), dir}) == 0;
        const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        return QFile::setPermissions(dir, deny ? readable : readable | QFile::WriteOwner);
    }

    QStringList m_dirs;
    QString m_problem;
};

// The bookmarks service on the bundled program, as the app wires it.
struct Service {
    explicit Service(const QString &storeDir)
        : bookmarks(storeDir, &display)
        , repository(&display, &bookmarks, wc::UrlCache(QString()))
    {
        loaded = repository.loadNow(wc::test::bundledPath());
    }
    TimeDisplay display;
    Bookmarks bookmarks;
    ProgramRepository repository;
    bool loaded = false;
};

constexpr auto session = Bookmarks::Kind::Session;
constexpr auto paper = Bookmarks::Kind::Paper;

} // namespace

class ReadOnlyData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void bookmarksWaitUntilTheyCanBeSaved()
    {
        const auto dir = m_tmp.filePath(QStringLiteral("bookmarks"));
        {
            Service app(dir);
            QVERIFY(app.loaded);
            app.bookmarks.toggle(session, QStringLiteral("keynote-lattner"));
            QVERIFY2(app.bookmarks.notice().isEmpty(), qPrintable(app.bookmarks.notice()));
        }
        const auto saved = wc::test::snapshot(dir);
        QVERIFY(!saved.isEmpty());

        // Started on a folder it cannot write to, then quit after it can.
        {
            WriteDenial denial({dir});
            QVERIFY2(denial.problem().isEmpty(), qPrintable(denial.problem()));
            Service app(dir);
            QVERIFY(app.loaded);
            QVERIFY(app.bookmarks.contains(session, QStringLiteral("keynote-lattner")));
            const auto told = app.bookmarks.notice();
            QVERIFY2(told.contains(QLatin1String("cannot be saved")) && told.contains(dir),
                qPrintable(told));
            app.bookmarks.toggle(paper, QStringLiteral("1"));
            QVERIFY(app.bookmarks.contains(paper, QStringLiteral("1"))); // kept while it runs
            QVERIFY2(app.bookmarks.notice().contains(QLatin1String("unchanged")),
                qPrintable(app.bookmarks.notice()));
            QCOMPARE(wc::test::snapshot(dir), saved);
            denial.lift();
        }
        // On quit it saved.
        Service app(dir);
        QVERIFY2(app.bookmarks.notice().isEmpty(), qPrintable(app.bookmarks.notice()));
        QVERIFY(app.bookmarks.contains(session, QStringLiteral("keynote-lattner")));
        QVERIFY(app.bookmarks.contains(paper, QStringLiteral("1")));

        // While running: the next change once it can saves everything, and
        // the notice goes.
        WriteDenial denial({dir});
        QVERIFY2(denial.problem().isEmpty(), qPrintable(denial.problem()));
        app.bookmarks.setNote(
            session, QStringLiteral("keynote-lattner"), QStringLiteral("sit at the front"));
        QVERIFY(!app.bookmarks.notice().isEmpty());
        denial.lift();
        app.bookmarks.toggle(paper, QStringLiteral("2"));
        QVERIFY2(app.bookmarks.notice().isEmpty(), qPrintable(app.bookmarks.notice()));
        Service reopened(dir);
        QCOMPARE(reopened.bookmarks.note(session, QStringLiteral("keynote-lattner")),
            QStringLiteral("sit at the front"));
        QVERIFY(reopened.bookmarks.contains(paper, QStringLiteral("1")));
        QVERIFY(reopened.bookmarks.contains(paper, QStringLiteral("2")));
    }

    // The app itself, with its whole data folder read-only.
    void appStartsOnAReadOnlyDataFolder()
    {
        const QDir home(m_tmp.filePath(QStringLiteral("home")));
        const auto data =
            home.filePath(QStringLiteral("data/workshop-companion/workshop-companion"));
        const auto store = QDir(data).filePath(QStringLiteral("bookmarks"));
        {
            Service app(store);
            app.bookmarks.toggle(session, QStringLiteral("keynote-lattner"));
            QVERIFY(app.bookmarks.notice().isEmpty());
        }
        const auto saved = wc::test::snapshot(home.filePath(QStringLiteral("data")));

        WriteDenial denial({home.filePath(QStringLiteral("data")),
            home.filePath(QStringLiteral("data/workshop-companion")), data, store});
        QVERIFY2(denial.problem().isEmpty(), qPrintable(denial.problem()));
        QProcess process;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        environment.insert(
            QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WC_APP), {QStringLiteral("--self-test")});
        QVERIFY(process.waitForFinished(60000));
        const auto output = process.readAllStandardOutput();
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
            process.readAllStandardError().constData());
        QVERIFY2(
            output.contains("self-test: main window shown, program loaded"), output.constData());
        QVERIFY2(output.contains("self-test: bookmarks notice: Your bookmarks cannot be saved"),
            output.constData());
        denial.lift();
        QCOMPARE(wc::test::snapshot(home.filePath(QStringLiteral("data"))), saved);
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(ReadOnlyData)
#include "tst_readonlydata.moc"
