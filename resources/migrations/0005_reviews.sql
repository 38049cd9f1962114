CREATE TABLE `monthly_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`month` text NOT NULL,
	`status` text NOT NULL,
	`executive_summary` text,
	`next_month_plan` text,
	`include_fees` integer NOT NULL,
	`reviewed_at` text,
	`sent_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_reviews_client_month_uq` ON `monthly_reviews` (`client_id`,`month`);--> statement-breakpoint
CREATE INDEX `monthly_reviews_month_idx` ON `monthly_reviews` (`month`);--> statement-breakpoint
CREATE TABLE `review_exports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`review_id` integer NOT NULL,
	`format` text NOT NULL,
	`language` text NOT NULL,
	`file_name` text NOT NULL,
	`byte_length` integer NOT NULL,
	`sha256` text NOT NULL,
	`exported_at` text NOT NULL,
	`actor` text NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `monthly_reviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_exports_review_idx` ON `review_exports` (`review_id`);