// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

#include "scrollbenchmark.h"

#include "processinfo.h"

#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>
#include <cstdio>
#include <functional>

Q_LOGGING_CATEGORY(lcScrollBenchmark, "wc.desktop.scrollbenchmark", QtWarningMsg)

namespace {

// The value below which `share` of the sorted values lie.
double percentile(const std::vector<double> &sorted, double share)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * share))];
}

double number(const QQuickItem *item, const char *property)
{
    return item->property(property).toDouble();
}

} // namespace

ScrollBenchmark::ScrollBenchmark(QQuickWindow *window, int passes, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_passes(std::max(1, passes))
{
}

void ScrollBenchmark::start()
{
    m_clock.start();
    m_frames =
        connect(m_window, &QQuickWindow::frameSwapped, this, &ScrollBenchmark::onFrameSwapped);
    beginPass();
}

void ScrollBenchmark::beginPass()
{
    m_passStartMs.push_back(double(m_clock.nsecsElapsed()) / 1e6);
    m_lastFrameNs = -1;
    // The timeline shows one day at a time; the pass's day is set on it (and
    // laid out before the call returns).
    if (auto *timeline = m_window->contentItem()->findChild<QObject *>(QStringLiteral("timeline")))
        timeline->setProperty("dayIndex", m_pass);
    m_scroller = findScroller();
    if (!m_scroller) {
        qCWarning(lcScrollBenchmark) << "nothing to scroll in pass" << m_pass + 1;
        disconnect(m_frames);
        Q_EMIT finished(false);
        return;
    }
    m_scroller->setProperty("contentY", number(m_scroller, "originY"));
    m_window->update();
}

void ScrollBenchmark::onFrameSwapped()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double cpu = processinfo::cpuMs();
    if (m_lastFrameNs < 0) {
        m_passStartMs.back() = double(now) / 1e6 - m_passStartMs.back();
    } else {
        m_intervalsMs.push_back(double(now - m_lastFrameNs) / 1e6);
        m_cpuMs.push_back(cpu - m_lastFrameCpuMs);
    }
    m_lastFrameNs = now;
    m_lastFrameCpuMs = cpu;
    if (!m_scroller)
        return;

    // The range is read anew each frame: a list view's content height is
    // an estimate that grows more exact as rows are laid out.
    const double y = number(m_scroller, "contentY");
    const double end = number(m_scroller, "originY") + number(m_scroller, "contentHeight") -
        number(m_scroller, "height");
    if (y < end - 0.5) {
        const double next = std::min(y + stepPx, end);
        m_scrolledPx += next - y;
        m_scroller->setProperty("contentY", next);
        m_window->update();
        return;
    }
    if (++m_pass < m_passes) {
        beginPass();
        return;
    }
    disconnect(m_frames);
    printFigures();
    Q_EMIT finished(true);
}

void ScrollBenchmark::printFigures()
{
    auto intervals = m_intervalsMs;
    std::sort(intervals.begin(), intervals.end());
    auto starts = m_passStartMs;
    std::sort(starts.begin(), starts.end());
    const auto slow = std::count_if(
        intervals.cbegin(), intervals.cend(), [](double ms) { return ms > frameBudgetMs; });
    std::printf("scroll-step-px %.0f\nscroll-passes %d\nscroll-px %.0f\nscroll-frames %zu\n",
        stepPx, m_passes, m_scrolledPx, intervals.size());
    std::printf("scroll-median-ms %.3f\nscroll-p99-ms %.3f\nscroll-worst-ms %.3f\n",
        percentile(intervals, 0.5), percentile(intervals, 0.99),
        intervals.empty() ? 0.0 : intervals.back());
    std::printf("scroll-slow-frames %td\n", slow);
    auto cpu = m_cpuMs;
    std::sort(cpu.begin(), cpu.end());
    std::printf("scroll-cpu-median-ms %.3f\nscroll-cpu-p99-ms %.3f\n", percentile(cpu, 0.5),
        percentile(cpu, 0.99));
    std::printf("scroll-pass-start-median-ms %.3f\nscroll-pass-start-worst-ms %.3f\n",
        percentile(starts, 0.5), starts.back());
    // A list also says which row ended up at the bottom: proof it got there.
    int lastRow = -1;
    if (m_scroller && m_scroller->metaObject()->indexOfMethod("indexAt(qreal,qreal)") >= 0 &&
        QMetaObject::invokeMethod(m_scroller, "indexAt", Q_RETURN_ARG(int, lastRow),
            Q_ARG(qreal, number(m_scroller, "width") / 2),
            Q_ARG(qreal, number(m_scroller, "contentY") + number(m_scroller, "height") - 1))) {
        std::printf("scroll-last-row %d\nscroll-rows %d\n", lastRow + 1,
            m_scroller->property("count").toInt());
    }
    std::fflush(stdout);
}

QQuickItem *ScrollBenchmark::findScroller() const
{
    QQuickItem *best = nullptr;
    double bestRange = 0;
    const std::function<void(QQuickItem *)> visit = [&](QQuickItem *item) {
        if (!item->isVisible())
            return;
        if (item->inherits("QQuickFlickable")) {
            const double range = number(item, "contentHeight") - number(item, "height");
            if (range > bestRange || !best) {
                best = item;
                bestRange = range;
            }
        }
        for (auto *child : item->childItems())
            visit(child);
    };
    visit(m_window->contentItem());
    return best;
}
