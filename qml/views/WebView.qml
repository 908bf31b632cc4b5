// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Workshop Companion developers

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import QtWebEngine
import WorkshopCompanion

// The web pane: papers (PDFs in WebEngine's viewer), OpenReview and arXiv
// pages, the workshop's site. Only for trusted hosts (WebBrowsing decides),
// in a profile of its own, with everything a page could ask for refused.
// Loaded the first time a page is shown, so WebEngine starts only then.
FocusScope {
    id: root

    required property WebBrowsing web
    required property Navigator navigator

    // The address asked for; while its saved copy is shown, view.url is a file.
    property url requestedUrl
    readonly property bool showingSavedCopy: view.url.toString().startsWith("file:")
    // The address whose saved copy was tried: once per address, never in a loop.
    property url savedCopyTriedFor
    // Why no page is shown: "", "unreachable", "crashed" or "elsewhere".
    property string problem
    property string problemDetail
    // Where a page wanted to go that the pane does not show.
    property url elsewhereUrl
    // A note over the page: a refused download.
    property string notice
    property string findMatches
    // Permission requests refused (camera, location…), for the record.
    property int refusedRequests

    function show(address) {
        if (root.problem.length === 0 && (address === root.requestedUrl.toString() || address === view.url.toString()))
            return
        root.notice = ""
        if (!root.web.allows(address)) {
            // Never loaded, whatever it is (a javascript: address runs in
            // the page shown): the attendee may open it in the browser.
            root.elsewhereUrl = address
            root.problem = "elsewhere"
            return
        }
        root.problem = ""
        root.requestedUrl = address
        root.savedCopyTriedFor = ""
        if (view.url.toString() === address)
            view.reload()
        else
            view.url = address
    }

    function showSavedCopyOrProblem(detail) {
        if (root.savedCopyTriedFor !== root.requestedUrl) {
            const copy = root.web.savedCopy(root.requestedUrl)
            if (copy.toString().length > 0) {
                root.savedCopyTriedFor = root.requestedUrl
                view.url = copy
                return
            }
        }
        root.problemDetail = detail
        root.problem = "unreachable"
    }

    function stepZoom(direction) {
        const steps = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3]
        const current = view.zoomFactor
        // The next step strictly beyond the current factor, which may lie
        // between steps (Ctrl+wheel zooms in steps of its own).
        const next = direction > 0 ? steps.find(s => s > current + 0.001)
                                   : steps.slice().reverse().find(s => s < current - 0.001)
        if (next !== undefined)
            view.zoomFactor = next
    }

    Accessible.name: view.title.length > 0 ? view.title : qsTr("Web page")

    Shortcut {
        sequence: StandardKey.Find
        enabled: root.visible
        onActivated: findBar.open()
    }
    Shortcut {
        sequences: [StandardKey.ZoomIn, "Ctrl+="]
        enabled: root.visible
        onActivated: root.stepZoom(1)
    }
    Shortcut {
        sequence: StandardKey.ZoomOut
        enabled: root.visible
        onActivated: root.stepZoom(-1)
    }
    Shortcut {
        sequence: "Ctrl+0"
        enabled: root.visible
        onActivated: view.zoomFactor = 1
    }
    Shortcut {
        sequence: "F5"
        enabled: root.visible
        onActivated: view.reload()
    }

    WebEngineProfile {
        id: profile

        objectName: "webProfile"
        // Persistent (Qt 6's default profile keeps nothing), with its cache
        // under the app's cache location.
        storageName: "workshop-companion"
        offTheRecord: false
        persistentStoragePath: root.web.storagePath
        cachePath: root.web.cachePath
        httpCacheType: WebEngineProfile.DiskHttpCache
        httpCacheMaximumSize: 200 * 1024 * 1024
        // Files come only through the app's own cache (papers kept for
        // offline reading), never from a page.
        downloadPath: root.web.cachePath + "/downloads"
        onDownloadRequested: download => {
            download.cancel()
            root.notice = qsTr("Files are not saved from here. Open the page in your browser to download it.")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        WebToolBar {
            canGoBack: view.canGoBack
            canGoForward: view.canGoForward
            loading: view.loading
            address: root.showingSavedCopy ? root.requestedUrl.toString() : view.url.toString()
            savedCopy: root.showingSavedCopy
            zoomFactor: view.zoomFactor
            Layout.fillWidth: true
            onBack: view.goBack()
            onForward: view.goForward()
            onReload: {
                root.problem = ""
                view.reload()
            }
            onStop: view.stop()
            onZoomIn: root.stepZoom(1)
            onZoomOut: root.stepZoom(-1)
            onZoomReset: view.zoomFactor = 1
            onFind: findBar.open()
            onOpenInBrowser: root.web.openExternally(root.showingSavedCopy ? root.requestedUrl : view.url)
            onCopyLink: root.web.copyLink(root.showingSavedCopy ? root.requestedUrl : view.url)
        }
        QQC2.ProgressBar {
            objectName: "loadProgress"
            visible: view.loading
            from: 0
            to: 100
            value: view.loadProgress
            Layout.fillWidth: true
        }
        FindBar {
            id: findBar

            objectName: "findBar"
            matches: root.findMatches
            Layout.fillWidth: true
            onFind: (text, backward) => view.findText(text, backward ? WebEngineView.FindBackward : 0)
            onClosed: {
                view.findText("")
                view.forceActiveFocus()
            }
        }
        NoticeBar {
            text: root.notice
            Layout.fillWidth: true
            onDismissed: root.notice = ""
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            WebEngineView {
                id: view

                objectName: "webView"
                anchors.fill: parent
                focus: true
                visible: root.problem.length === 0
                profile: profile
                // Nothing plays on while the attendee looks at the timeline.
                audioMuted: !root.visible

                // Tighter than Qt 6.4's defaults.
                settings.javascriptCanOpenWindows: false
                settings.javascriptCanAccessClipboard: false
                settings.javascriptCanPaste: false
                settings.localContentCanAccessFileUrls: false
                settings.localContentCanAccessRemoteUrls: false
                settings.navigateOnDropEnabled: false
                settings.allowWindowActivationFromJavaScript: false
                settings.allowGeolocationOnInsecureOrigins: false
                settings.screenCaptureEnabled: false
                settings.webRTCPublicInterfacesOnly: true
                settings.fullScreenSupportEnabled: false
                settings.unknownUrlSchemePolicy: WebEngineSettings.DisallowUnknownUrlSchemes
                // Failures show this pane's own pages, not Chromium's.
                settings.errorPageEnabled: false
                // WebEngine's PDF viewer is a built-in plugin: it needs both.
                settings.pluginsEnabled: true
                settings.pdfViewerEnabled: true

                onNavigationRequested: request => {
                    if (request.isMainFrame ? root.web.allows(request.url) : root.web.allowsFrame(request.url))
                        return
                    request.reject()
                    if (!request.isMainFrame)
                        return // a frame from elsewhere (an advert, a tracker) is left out
                    // Never straight to the browser: Qt 6.4 calls a script's
                    // navigation a link click too, and a page must not be
                    // able to open the browser by itself. The attendee can.
                    root.elsewhereUrl = request.url
                    root.problem = "elsewhere"
                }
                // No new windows: a link meant for one the attendee clicked
                // opens here (or in the browser); anything else is dropped.
                onNewWindowRequested: request => {
                    if (request.userInitiated)
                        root.web.open(request.requestedUrl)
                }
                onFeaturePermissionRequested: (origin, feature) => {
                    view.grantFeaturePermission(origin, feature, false)
                    root.refusedRequests++
                }
                onFileDialogRequested: request => {
                    request.accepted = true
                    request.dialogReject()
                }
                onFileSystemAccessRequested: request => request.reject()
                onRegisterProtocolHandlerRequested: request => request.reject()
                onRenderProcessTerminated: (status, exitCode) => {
                    if (status !== WebEngineView.NormalTerminationStatus)
                        root.problem = "crashed"
                }
                onLoadingChanged: info => {
                    if (info.status === WebEngineView.LoadSucceededStatus)
                        root.problem = ""
                    // An aborted load was replaced by another, and an HTTP
                    // status (404: a positive code) comes with the site's own
                    // page; anything else failed to arrive (offline, the host
                    // unreachable, a refused port).
                    if (info.status === WebEngineView.LoadFailedStatus && info.errorCode !== -3 &&
                            !(info.errorDomain === WebEngineView.HttpErrorDomain && info.errorCode > 0))
                        root.showSavedCopyOrProblem(root.web.loadErrorText(info.errorCode, info.errorString))
                }
                onUrlChanged: {
                    // (Not showingSavedCopy: its binding may not have caught up yet.)
                    const address = view.url.toString()
                    // Matches of the page before mean nothing on this one.
                    if (findBar.visible)
                        findBar.close()
                    if (address.length === 0 || address.startsWith("file:"))
                        return
                    root.requestedUrl = view.url
                    // The route follows the page, for Back and the window's
                    // history; not once the attendee has left the pane.
                    if (root.navigator.view === "web")
                        root.navigator.replace("web:" + view.url)
                }
                onFindTextFinished: result => root.findMatches = result.numberOfMatches > 0
                    ? qsTr("%1 of %2").arg(result.activeMatch).arg(result.numberOfMatches)
                    : qsTr("No matches")
            }

            WebNotice {
                objectName: "webNotice"
                anchors.fill: parent
                visible: root.problem.length > 0
                readonly property var paper: root.web.paperFor(root.requestedUrl)
                heading: root.problem === "crashed" ? qsTr("This page stopped working")
                     : root.problem === "elsewhere" ? qsTr("This page is not shown in the app")
                     : paper.id !== undefined ? qsTr("This paper is not available offline")
                     : qsTr("This page could not be loaded")
                text: root.problem === "crashed"
                      ? qsTr("The process showing it ended unexpectedly. The rest of the app is fine; reloading usually brings the page back.")
                      : root.problem === "elsewhere"
                      ? qsTr("%1 is not one of the workshop's sites, so it opens in your web browser, not here.").arg(root.elsewhereUrl.toString())
                      : paper.id !== undefined
                      ? qsTr("“%1” could not be loaded: %2. No copy of it is saved on this computer, but its abstract is in the app. With “Keep papers for offline reading” on in Settings, papers are saved whenever the app checks for updates.").arg(paper.title).arg(root.problemDetail)
                      : qsTr("%1 could not be loaded: %2. Check the network and try again.").arg(root.requestedUrl.toString()).arg(root.problemDetail)
                actions: root.problem === "crashed" ? [{ text: qsTr("Reload"), action: "reload" }]
                       : root.problem === "elsewhere" ? [{ text: qsTr("Open in browser"), action: "elsewhere" }].concat(
                           view.url.toString().length > 0 ? [{ text: qsTr("Stay on this page"), action: "stay" }] : [])
                       : paper.id !== undefined
                       ? [{ text: qsTr("Read the abstract"), action: "abstract" }, { text: qsTr("Try again"), action: "reload" }]
                       : [{ text: qsTr("Try again"), action: "reload" }, { text: qsTr("Open in browser"), action: "browser" }]
                onTriggered: action => {
                    if (action === "abstract") {
                        root.navigator.go("paper:" + paper.id)
                    } else if (action === "browser") {
                        root.web.openExternally(root.requestedUrl)
                    } else if (action === "elsewhere") {
                        root.web.openExternally(root.elsewhereUrl)
                        root.problem = ""
                    } else if (action === "stay") {
                        root.problem = ""
                    } else {
                        root.problem = ""
                        root.savedCopyTriedFor = ""
                        if (view.url === root.requestedUrl)
                            view.reload()
                        else
                            view.url = root.requestedUrl
                    }
                }
            }
        }
    }
}
