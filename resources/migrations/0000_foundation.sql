CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`contact_name` text,
	`contact_email` text,
	`language` text NOT NULL,
	`reporting_currency` text NOT NULL,
	`notes` text,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` (`name`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`source_name` text NOT NULL,
	`content_hash` text,
	`status` text DEFAULT 'committed' NOT NULL,
	`row_count` integer DEFAULT 0 NOT NULL,
	`actor` text NOT NULL,
	`created_at` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `metric_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
	`source` text NOT NULL,
	`import_batch_id` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `metric_snapshots_store_metric_window_idx` ON `metric_snapshots` (`store_id`,`metric_key`,`window_to`);--> statement-breakpoint
CREATE INDEX `metric_snapshots_batch_idx` ON `metric_snapshots` (`import_batch_id`);--> statement-breakpoint
CREATE TABLE `stores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`display_name` text NOT NULL,
	`platform` text NOT NULL,
	`marketplace` text NOT NULL,
	`seller_id` text NOT NULL,
	`currency` text NOT NULL,
	`time_zone` text NOT NULL,
	`stage` text NOT NULL,
	`category` text,
	`account_manager` text,
	`status` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stores_platform_marketplace_seller_uq` ON `stores` (`platform`,`marketplace`,`seller_id`);--> statement-breakpoint
CREATE INDEX `stores_client_idx` ON `stores` (`client_id`);--> statement-breakpoint
CREATE TABLE `workspace_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
