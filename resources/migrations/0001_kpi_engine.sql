CREATE TABLE `alert_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`alert_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`note` text,
	FOREIGN KEY (`alert_id`) REFERENCES `alerts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_events_alert_idx` ON `alert_events` (`alert_id`);--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` integer NOT NULL,
	`metric_key` text NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`status` text NOT NULL,
	`opened_at` text NOT NULL,
	`data_date` text,
	`value` real,
	`detail` text,
	`assignee` text,
	`snoozed_until` text,
	`acknowledged_at` text,
	`resolved_at` text,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_one_open_uq` ON `alerts` (`store_id`,`metric_key`,`kind`) WHERE resolved_at IS NULL;--> statement-breakpoint
CREATE INDEX `alerts_status_idx` ON `alerts` (`status`,`severity`);--> statement-breakpoint
CREATE TABLE `import_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`import_batch_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`format` text NOT NULL,
	`byte_size` integer NOT NULL,
	`content_hash` text NOT NULL,
	`content_gzip` blob NOT NULL,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_files_hash_idx` ON `import_files` (`content_hash`);--> statement-breakpoint
CREATE TABLE `mapping_presets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mapping_presets_name_unique` ON `mapping_presets` (`name`);--> statement-breakpoint
CREATE TABLE `metric_states` (
	`store_id` integer NOT NULL,
	`metric_key` text NOT NULL,
	`value` real,
	`amount_minor` integer,
	`currency` text,
	`window_from` text,
	`window_to` text,
	`status` text NOT NULL,
	`watch` real,
	`breach` real,
	`threshold_origin` text,
	`threshold_source` text,
	`platform_status` text,
	`slope_per_day` real,
	`trend` text,
	`days_to_breach` integer,
	`recent_values` text,
	`evaluated_at` text NOT NULL,
	PRIMARY KEY(`store_id`, `metric_key`),
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `threshold_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer,
	`store_id` integer,
	`metric_key` text NOT NULL,
	`watch` real,
	`breach` real NOT NULL,
	`effective_from` text NOT NULL,
	`note` text NOT NULL,
	`created_at` text NOT NULL,
	`archived_at` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `threshold_targets_scope_idx` ON `threshold_targets` (`store_id`,`client_id`,`metric_key`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_metric_snapshots` (
	`store_id` integer NOT NULL,
	`metric_key` text NOT NULL,
	`value` real,
	`amount_minor` integer,
	`currency` text,
	`numerator` real,
	`denominator` real,
	`window_from` text NOT NULL,
	`window_to` text NOT NULL,
	`platform_target` real,
	`platform_target_condition` text,
	`platform_status` text,
	`import_batch_id` integer NOT NULL,
	PRIMARY KEY(`store_id`, `metric_key`, `window_to`, `window_from`, `import_batch_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_metric_snapshots`("store_id", "metric_key", "value", "amount_minor", "currency", "numerator", "denominator", "window_from", "window_to", "platform_target", "platform_target_condition", "platform_status", "import_batch_id") SELECT "store_id", "metric_key", "value", "amount_minor", "currency", "numerator", "denominator", "window_from", "window_to", "platform_target", "platform_target_condition", "platform_status", "import_batch_id" FROM `metric_snapshots`;--> statement-breakpoint
DROP TABLE `metric_snapshots`;--> statement-breakpoint
ALTER TABLE `__new_metric_snapshots` RENAME TO `metric_snapshots`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `format` text;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `skipped_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `store_ids` text;