CREATE TABLE `planning_experiments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`hypothesis` text NOT NULL,
	`metric_key` text NOT NULL,
	`control_store_ids` text NOT NULL,
	`control_from` text NOT NULL,
	`control_to` text NOT NULL,
	`variant_store_ids` text NOT NULL,
	`variant_from` text NOT NULL,
	`variant_to` text NOT NULL,
	`decision` text NOT NULL,
	`decision_note` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `planning_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `planning_people_name_uq` ON `planning_people` (lower("name"));--> statement-breakpoint
CREATE TABLE `planning_targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`store_id` integer NOT NULL,
	`metric_key` text NOT NULL,
	`period` text NOT NULL,
	`period_kind` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`target_value` real NOT NULL,
	`owner_id` integer,
	`weight` real NOT NULL,
	`label` text,
	`template_name` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`store_id`) REFERENCES `stores`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_id`) REFERENCES `planning_people`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `planning_targets_store_metric_period_uq` ON `planning_targets` (`store_id`,`metric_key`,`period`);--> statement-breakpoint
CREATE INDEX `planning_targets_period_idx` ON `planning_targets` (`period`);--> statement-breakpoint
CREATE INDEX `planning_targets_owner_idx` ON `planning_targets` (`owner_id`);--> statement-breakpoint
CREATE TABLE `planning_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`stage` text NOT NULL,
	`platform` text NOT NULL,
	`items` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `planning_templates_name_uq` ON `planning_templates` (lower("name"));