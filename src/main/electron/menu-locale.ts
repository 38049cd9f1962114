/**
 * Texts of the native menu, dialogs and desktop notifications, which the main process draws
 * before (and outside) the renderer's i18n. The UI itself is translated in src/renderer.
 */
export const MENU_LOCALES = ['en-US', 'zh-CN', 'ja-JP'] as const;
export type MenuLocale = (typeof MENU_LOCALES)[number];

const enUS = {
  fileMenu: 'File',
  openWorkspace: 'Open Workspace…',
  newWorkspace: 'New Workspace…',
  revealWorkspace: 'Reveal Workspace File',
  quit: 'Quit',
  editMenu: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  viewMenu: 'View',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Toggle Full Screen',
  toggleDevTools: 'Toggle Developer Tools',
  windowMenu: 'Window',
  minimize: 'Minimize',
  closeWindow: 'Close Window',
  about: 'About Storefleet',
  services: 'Services',
  hide: 'Hide Storefleet',
  hideOthers: 'Hide Others',
  showAll: 'Show All',

  openWorkspaceTitle: 'Open Workspace',
  newWorkspaceTitle: 'New Workspace',
  workspaceFileFilter: 'Storefleet workspace',
  openFailedMessage: 'Storefleet could not open the workspace {file}.',
  openFailedDetail: 'Reason: {error}',
  workspaceMissing: 'The file no longer exists. It may have been moved, renamed or deleted.',
  useDefaultWorkspace: 'Open the Default Workspace',
  keepCurrentWorkspace: 'Keep the Current Workspace',
  workspaceExistsMessage: 'The file {file} already exists.',
  workspaceExistsDetail: 'To work in it, choose Open Workspace…; otherwise give the new workspace another name.',
  startupFailedMessage: 'Storefleet could not start.',
  logHint: 'Details were written to {file}.',
  ok: 'OK',

  breachTitle: 'Breach: {store}',
  breachBody: '{metric} crossed its breach level.',
  breachSummaryTitle: '{count} new breaches',
  breachSummaryMoreStores: '{stores} and {more} more stores',
  openBreachesOne: '1 open breach in total.',
  openBreachesOther: '{count} open breaches in total.',
  listSeparator: ', ',
} as const;

export type MenuTextKey = keyof typeof enUS;
export type MenuTexts = Readonly<Record<MenuTextKey, string>>;

const zhCN: MenuTexts = {
  fileMenu: '文件',
  openWorkspace: '打开工作区…',
  newWorkspace: '新建工作区…',
  revealWorkspace: '显示工作区文件',
  quit: '退出',
  editMenu: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  viewMenu: '视图',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '切换全屏',
  toggleDevTools: '切换开发者工具',
  windowMenu: '窗口',
  minimize: '最小化',
  closeWindow: '关闭窗口',
  about: '关于 Storefleet',
  services: '服务',
  hide: '隐藏 Storefleet',
  hideOthers: '隐藏其他',
  showAll: '全部显示',

  openWorkspaceTitle: '打开工作区',
  newWorkspaceTitle: '新建工作区',
  workspaceFileFilter: 'Storefleet 工作区',
  openFailedMessage: '无法打开工作区 {file}。',
  openFailedDetail: '原因：{error}',
  workspaceMissing: '该文件已不存在，可能已被移动、重命名或删除。',
  useDefaultWorkspace: '打开默认工作区',
  keepCurrentWorkspace: '保留当前工作区',
  workspaceExistsMessage: '文件 {file} 已存在。',
  workspaceExistsDetail: '如需使用该文件，请选择“打开工作区…”；否则请为新工作区另取一个名称。',
  startupFailedMessage: 'Storefleet 无法启动。',
  logHint: '详细信息已写入 {file}。',
  ok: '确定',

  breachTitle: '超标：{store}',
  breachBody: '{metric} 已超过超标线。',
  breachSummaryTitle: '新增 {count} 项超标',
  breachSummaryMoreStores: '{stores} 及另外 {more} 家店铺',
  openBreachesOne: '目前共有 1 项未解决的超标。',
  openBreachesOther: '目前共有 {count} 项未解决的超标。',
  listSeparator: '、',
};

const jaJP: MenuTexts = {
  fileMenu: 'ファイル',
  openWorkspace: 'ワークスペースを開く…',
  newWorkspace: '新規ワークスペース…',
  revealWorkspace: 'ワークスペースファイルを表示',
  quit: '終了',
  editMenu: '編集',
  undo: '取り消す',
  redo: 'やり直す',
  cut: '切り取り',
  copy: 'コピー',
  paste: '貼り付け',
  selectAll: 'すべてを選択',
  viewMenu: '表示',
  resetZoom: '実際のサイズ',
  zoomIn: '拡大',
  zoomOut: '縮小',
  toggleFullScreen: 'フルスクリーンの切り替え',
  toggleDevTools: '開発者ツールの切り替え',
  windowMenu: 'ウインドウ',
  minimize: '最小化',
  closeWindow: 'ウインドウを閉じる',
  about: 'Storefleet について',
  services: 'サービス',
  hide: 'Storefleet を隠す',
  hideOthers: 'ほかを隠す',
  showAll: 'すべてを表示',

  openWorkspaceTitle: 'ワークスペースを開く',
  newWorkspaceTitle: '新規ワークスペース',
  workspaceFileFilter: 'Storefleet ワークスペース',
  openFailedMessage: 'ワークスペース {file} を開けませんでした。',
  openFailedDetail: '原因: {error}',
  workspaceMissing: 'ファイルが見つかりません。移動、名前の変更、または削除された可能性があります。',
  useDefaultWorkspace: '既定のワークスペースを開く',
  keepCurrentWorkspace: '現在のワークスペースを使い続ける',
  workspaceExistsMessage: 'ファイル {file} はすでに存在します。',
  workspaceExistsDetail: 'このファイルを使うには「ワークスペースを開く…」を選んでください。新しいワークスペースには別の名前を付けてください。',
  startupFailedMessage: 'Storefleet を起動できませんでした。',
  logHint: '詳細は {file} に記録されました。',
  ok: 'OK',

  breachTitle: '基準超過: {store}',
  breachBody: '{metric} が基準ラインを超えました。',
  breachSummaryTitle: '新たな基準超過 {count} 件',
  breachSummaryMoreStores: '{stores} ほか {more} ストア',
  openBreachesOne: '未解決の基準超過は合計 1 件です。',
  openBreachesOther: '未解決の基準超過は合計 {count} 件です。',
  listSeparator: '、',
};

export const MENU_TEXTS: Readonly<Record<MenuLocale, MenuTexts>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'ja-JP': jaJP,
};

/** Maps `app.getLocale()` ("zh-CN", "zh-TW", "ja", "en-GB", …) to the nearest table. */
export function pickMenuLocale(systemLocale: string): MenuLocale {
  const language = systemLocale.toLowerCase().split(/[-_]/)[0];
  if (language === 'zh') return 'zh-CN';
  if (language === 'ja') return 'ja-JP';
  return 'en-US';
}

/** Fills the `{name}` slots of a label. */
export function formatText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
