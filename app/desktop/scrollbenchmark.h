// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <vector>

class QQuickItem;
class QQuickWindow;

// --bench-scroll VIEW, for benchmarks: scrolls the view shown by a fixed step
// every frame, the timeline one day after the other from top to bottom, the
// papers list from its first row to its last, and prints the intervals
// between frames. Nothing else in the app knows it exists.
class ScrollBenchmark : public QObject {
    Q_OBJECT

public:
    // Pixels per frame: a brisk flick, 3,600 px a second at 60 frames a second.
    static constexpr double stepPx = 60.0;
    // A frame longer than this misses a 60 Hz display's refresh.
    static constexpr double frameBudgetMs = 1000.0 / 60.0;

    // `passes` is the number of days for the timeline, 1 for the papers list.
    ScrollBenchmark(QQuickWindow *window, int passes, QObject *parent = nullptr);

    // Starts scrolling; call once the view shows the program.
    void start();

Q_SIGNALS:
    // After the figures are printed; false when there was nothing to scroll.
    void finished(bool ok);

private:
    void beginPass();
    void onFrameSwapped();
    void printFigures();
    // The visible item that scrolls furthest vertically: the timeline's
    // canvas or the papers list, whatever the views are built from.
    QQuickItem *findScroller() const;

    QQuickWindow *m_window;
    int m_passes;
    int m_pass = 0;
    QPointer<QQuickItem> m_scroller;
    QElapsedTimer m_clock;
    qint64 m_lastFrameNs = -1; // -1: the next frame starts a pass
    double m_lastFrameCpuMs = 0;
    double m_scrolledPx = 0;
    std::vector<double> m_intervalsMs; // between the frames of a scroll
    // CPU time of the whole process (render threads included) between the
    // same frames: what a frame costs, whatever else the machine is doing.
    std::vector<double> m_cpuMs;
    // From the start of each pass (a day switched to) to its first frame.
    std::vector<double> m_passStartMs;
    QMetaObject::Connection m_frames;
};
