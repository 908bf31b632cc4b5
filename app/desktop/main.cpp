// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

// workshop-companion: wires the services together and starts the QML engine.

#include "programrepository.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/QQmlExtensionPlugin>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(WorkshopCompanionPlugin)

namespace {

// The program compiled into the app: always there, even offline on first start.
const auto bundledProgram = QStringLiteral(":/bundled/neurips2023");

// --self-test: the main window must load without a QML warning and draw a frame.
void armSelfTest(QQmlApplicationEngine &engine)
{
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError> &warnings) {
        for (const auto &warning : warnings)
            std::fprintf(stderr, "self-test: QML warning: %s\n", qPrintable(warning.toString()));
        QCoreApplication::exit(1);
    });
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "self-test: no main window\n");
        QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
        return;
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [] {
            std::fprintf(stdout, "self-test: main window shown\n");
            QCoreApplication::exit(0);
        },
        Qt::QueuedConnection);
    QTimer::singleShot(20000, window, [] {
        std::fprintf(stderr, "self-test: no frame within 20 s\n");
        QCoreApplication::exit(1);
    });
}

// --screenshot FILE: draw the main window once, save it as an image and quit.
void armScreenshot(QQmlApplicationEngine &engine, const QString &file)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        QTimer::singleShot(0, [] { QCoreApplication::exit(1); });
        return;
    }
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, file] {
            const bool saved = window->grabWindow().save(file);
            if (!saved)
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        },
        Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("workshop-companion"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Workshop Companion"));
    QGuiApplication::setOrganizationName(QStringLiteral("workshop-companion"));
    QGuiApplication::setApplicationVersion(QStringLiteral(WC_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.workshopcompanion.WorkshopCompanion"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A workshop's program on your laptop."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(QStringLiteral("data"),
        QStringLiteral("Open the program folder DIR instead of the bundled one."),
        QStringLiteral("DIR"));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
        QStringLiteral("Load the main window, draw it once and quit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save the main window as the image FILE and quit."), QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QStringLiteral("Window size, e.g. 1366x768."), QStringLiteral("WxH"));
    parser.addOptions({dataOption, selfTestOption, screenshotOption, sizeOption});
    parser.process(app);

    // Fusion follows the system's light or dark palette.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));

    ProgramRepository repository;
    repository.load(parser.isSet(dataOption) ? parser.value(dataOption) : bundledProgram);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("repository"), QVariant::fromValue(&repository)}});
    engine.load(QUrl(QStringLiteral("qrc:/WorkshopCompanion/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (parser.isSet(sizeOption)) {
        const auto parts = parser.value(sizeOption).split(QLatin1Char('x'));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (parts.size() == 2 && window)
            window->resize(parts[0].toInt(), parts[1].toInt());
    }
    if (parser.isSet(selfTestOption))
        armSelfTest(engine);
    if (parser.isSet(screenshotOption))
        armScreenshot(engine, parser.value(screenshotOption));
    return QGuiApplication::exec();
}
