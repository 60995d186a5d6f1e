struct node *ptr_next = ptr_head->next;
